package nl.dichtbij.demo;

import static nl.dichtbij.demo.Demobestand.waarde;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Contactgegevens;
import nl.dichtbij.gemeente.Huisstijlen;
import nl.dichtbij.gemeente.Inrichting;
import nl.dichtbij.platform.Rol;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Woerden and Montfoort in region Utrecht-West with their teams, and the demo accounts of {@code demo/accounts.csv}, all
 * with the password {@code demo}. Set up as functional management would ({@link Inrichting}); accounts added to the file
 * in a later release reach an existing demo database too.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class GemeentenEnAccounts implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(GemeentenEnAccounts.class);

    private final Inrichting inrichting;
    private final Contactgegevens contactgegevens;
    private final Huisstijlen huisstijlen;
    private final Gemeenten gemeenten;
    private final PasswordEncoder wachtwoorden;

    GemeentenEnAccounts(Inrichting inrichting, Gemeenten gemeenten, Contactgegevens contactgegevens, Huisstijlen huisstijlen,
                        PasswordEncoder wachtwoorden) {
        this.contactgegevens = contactgegevens;
        this.huisstijlen = huisstijlen;
        this.inrichting = inrichting;
        this.gemeenten = gemeenten;
        this.wachtwoorden = wachtwoorden;
    }

    @Override
    public String naam() {
        return "gemeenten";
    }

    @Override
    @Transactional
    public void vullen() {
        if (gemeenten.alle().isEmpty()) {
            inrichting.gemeenteInrichten("UTRECHT-WEST", "Utrecht-West", "0632", "Woerden");
            inrichting.gemeenteInrichten("UTRECHT-WEST", "Utrecht-West", "0335", "Montfoort");
            log.info("Demo-gemeenten Woerden en Montfoort aangemaakt");
        }
        if (contactgegevens.van("0632").isEmpty()) {
            contactgegevens.vastleggen("0632", "14 0348", "Postbus 45, 3440 AA Woerden", "op werkdagen van 8.30 tot 17.00 uur");
            contactgegevens.vastleggen("0335", "0348 476 400", "Postbus 41, 3417 ZG Montfoort", "op werkdagen van 9.00 tot 17.00 uur");
        }
        if (!huisstijlen.van("0632").orElseThrow().eigen()) {
            // colours of the demo, not the municipalities' official ones
            huisstijlen.vastleggen("0632", "#00664f", "#003d30");
            huisstijlen.vastleggen("0335", "#8a1538", "#5c0e25");
        }
        String hash = null;
        for (CSVRecord rij : Demobestand.rijen("accounts.csv")) {
            if (inrichting.accountBestaat(rij.get("gebruikersnaam"))) {
                continue;
            }
            hash = hash == null ? wachtwoorden.encode("demo") : hash; // bcrypt is slow on purpose: once, and only when needed
            String team = waarde(rij, "team");
            inrichting.accountAanmaken(new Inrichting.NieuwAccount(rij.get("gebruikersnaam"), rij.get("naam"), Rol.valueOf(rij.get("rol")),
                    rij.get("gemeente"), team == null ? null : Doelgroep.valueOf(team), waarde(rij, "bsn"), waarde(rij, "aanbieder_agb")), hash);
        }
    }
}
