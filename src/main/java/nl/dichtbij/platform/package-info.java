/**
 * Shared infrastructure every module may use: the clock, the signed-in user, security,
 * error handling and the layout of pages and API. Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.dichtbij.platform;
