/**
 * The sociale kaart: local organisations and algemene voorzieningen with contact details and
 * locations, searchable by levensgebied and kern; public for residents, maintained by beheer.
 */
package nl.dichtbij.socialekaart;
