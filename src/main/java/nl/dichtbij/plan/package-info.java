/**
 * The ondersteuningsplan: one plan per household across Jeugdwet, Wmo, Participatiewet and
 * schuldhulp, with goals per levensgebied, actions with who does them (informal and formal side
 * by side), versions the resident can follow and agree to, and interim evaluations with ZRM.
 */
package nl.dichtbij.plan;
