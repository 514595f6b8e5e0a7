package nl.dichtbij.sturing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Aanbiedercijfers;
import nl.dichtbij.berichten.Aanbiedercijfers.Aanbiedercijfer;
import nl.dichtbij.berichten.Aanbiedercijfers.Groepstelling;
import nl.dichtbij.berichten.Aanbiedercijfers.Lijst;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroom;
import nl.dichtbij.berichten.Aanbiedercijfers.Verzoekcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers in figures (issue 17): the 80/20 list of the user's municipality and each provider's figures, from berichten's
 * {@link Aanbiedercijfers}. Beleid and functioneel beheer see everything; the board (bestuur) sees the same with every count of
 * 1 to 4 left out (null, named in {@code onderdrukt}) and what follows from it: the money and shares of a provider with fewer
 * than 5 clients, and the cumulative share from that provider on. A provider sees only its own figures and its place in the
 * list, never another provider's name or figures. No names of residents are in any of it.
 */
@Service
public class Aanbiedersoverzicht {

    /** What a provider sees of the list: how many providers there are, how many carry 80%, and its own row (empty without figures). */
    public record Eigen(String gemeenteCode, int jaar, Wet wet, int aantalAanbieders, int aanbiedersIn8020, java.util.Optional<Aanbiedercijfer> eigen) {
    }

    private final Aanbiedercijfers cijfers;
    private final Aanbod aanbod;

    Aanbiedersoverzicht(Aanbiedercijfers cijfers, Aanbod aanbod) {
        this.cijfers = cijfers;
        this.aanbod = aanbod;
    }

    /** The list of the user's own municipality; suppressed for the board. */
    @Transactional(readOnly = true)
    public Lijst lijst(Gebruiker gebruiker, int jaar, Wet wet) {
        magLezen(gebruiker);
        Lijst l = cijfers.lijst(gebruiker.gemeenteCode(), jaar, wet);
        return gebruiker.is(Rol.BESTUUR) ? voorHetBestuur(l) : l;
    }

    /** One provider of the list, by its AGB code; not found when it has no figures in the year. */
    @Transactional(readOnly = true)
    public Aanbiedercijfer aanbieder(Gebruiker gebruiker, int jaar, Wet wet, String agb) {
        if (agb == null || !agb.matches("\\d{8}")) {
            throw new OngeldigeInvoerException("aanbieder", "Een AGB-code heeft 8 cijfers.");
        }
        return lijst(gebruiker, jaar, wet).aanbieder(agb).orElseThrow(() -> new NietGevondenException("De aanbieder"));
    }

    /** The name of a provider in the register, with or without figures in a year; empty for an AGB code the register does not know. */
    @Transactional(readOnly = true)
    public Optional<String> naamInRegister(Gebruiker gebruiker, String agb) {
        magLezen(gebruiker);
        return agb == null || !agb.matches("\\d{8}") ? Optional.empty() : aanbod.aanbiederMetAgb(agb).map(Aanbieder::naam);
    }

    /** The id of a provider in the register, for a link to the talks with it; empty for an AGB code the register does not know. */
    @Transactional(readOnly = true)
    public Optional<Long> idInRegister(Gebruiker gebruiker, String agb) {
        magLezen(gebruiker);
        return agb == null || !agb.matches("\\d{8}") ? Optional.empty() : aanbod.aanbiederMetAgb(agb).map(Aanbieder::id);
    }

    /** The provider's own figures in the municipality of its account, with its place; the cumulative share (others' money) is left out. */
    @Transactional(readOnly = true)
    public Eigen eigen(Gebruiker aanbieder, int jaar, Wet wet) {
        if (aanbieder == null || !aanbieder.is(Rol.AANBIEDER) || aanbieder.organisatie() == null) {
            throw new AccessDeniedException("Alleen een zorgaanbieder ziet zijn eigen cijfers");
        }
        Lijst l = cijfers.lijst(aanbieder.gemeenteCode(), jaar, wet);
        return new Eigen(l.gemeenteCode(), l.jaar(), l.wet(), l.aantalAanbieders(), l.aanbiedersIn8020(),
                l.aanbieder(aanbieder.organisatie()).map(a -> new Aanbiedercijfer(a.plaats(), a.aanbiederAgb(), a.naam(), a.in8020(), a.clienten(),
                        a.nieuweToewijzingen(), a.beeindigdeToewijzingen(), a.besteedCenten(), a.besteedPerClientCenten(), a.procentBesteed(), null,
                        a.wachttijden(), a.uitstroomTotaal(), a.uitstroomPerGroep(), a.uitstroom(), a.verzoeken(), a.escalaties(), a.escalatiesOpen(),
                        List.of("procentCumulatief"))));
    }

    private static void magLezen(Gebruiker gebruiker) {
        if (gebruiker == null || !(gebruiker.is(Rol.BELEID) || gebruiker.is(Rol.BEHEER) || gebruiker.is(Rol.BESTUUR))) {
            throw new AccessDeniedException("Alleen beleid, bestuur en functioneel beheer");
        }
    }

    /** "jeugdwet", "wmo" (any case), or empty for both laws. */
    public static Wet wet(String keuze) {
        if (keuze == null || keuze.isBlank()) {
            return null;
        }
        return switch (keuze.strip().toUpperCase(Locale.ROOT)) {
            case "JEUGDWET" -> Wet.JEUGDWET;
            case "WMO" -> Wet.WMO;
            default -> throw new OngeldigeInvoerException("wet", "Kies de Jeugdwet of de Wmo, of laat de wet leeg voor allebei.");
        };
    }

    /**
     * As the board may see it: every count of 1 to 4 left out; a provider with fewer than 5 clients without its money, money per
     * client and share (they tell what one resident's care cost), and no cumulative share from the first such provider on (the
     * difference of two cumulative shares would give it back). The total clients of the municipality likewise.
     */
    static Lijst voorHetBestuur(Lijst l) {
        List<Aanbiedercijfer> rijen = new ArrayList<>();
        boolean cumulatiefWeg = false;
        for (Aanbiedercijfer a : l.aanbieders()) {
            List<String> weg = new ArrayList<>();
            boolean geld = klein(a.clienten());
            cumulatiefWeg = cumulatiefWeg || (geld && a.besteedCenten() != null && a.besteedCenten() != 0);
            boolean uitWeg = klein(a.uitstroomTotaal());
            List<Groepstelling> groepen = a.uitstroomPerGroep().stream()
                    .map(g -> new Groepstelling(g.groep(), klein(g.aantal()) ? null : g.aantal(), klein(g.aantal()) || uitWeg ? null : g.procent()))
                    .toList();
            List<Uitstroom> uitstroom = a.uitstroom().stream()
                    .map(u -> new Uitstroom(u.reden(), u.omschrijving(), u.groep(), klein(u.aantal()) ? null : u.aantal())).toList();
            List<Verzoekcijfers> verzoeken = a.verzoeken().stream()
                    .map(v -> new Verzoekcijfers(v.soort(), klein(v.ontvangen()) ? null : v.ontvangen(), klein(v.toegekend()) ? null : v.toegekend(),
                            klein(v.afgewezen()) ? null : v.afgewezen(), klein(v.open()) ? null : v.open()))
                    .toList();
            if (!groepen.equals(a.uitstroomPerGroep()) || !uitstroom.equals(a.uitstroom())) {
                weg.add("uitstroom");
            }
            if (!verzoeken.equals(a.verzoeken())) {
                weg.add("verzoeken");
            }
            rijen.add(new Aanbiedercijfer(a.plaats(), a.aanbiederAgb(), a.naam(), a.in8020(),
                    weg(klein(a.clienten()), a.clienten(), "clienten", weg),
                    weg(klein(a.nieuweToewijzingen()), a.nieuweToewijzingen(), "nieuweToewijzingen", weg),
                    weg(klein(a.beeindigdeToewijzingen()), a.beeindigdeToewijzingen(), "beeindigdeToewijzingen", weg),
                    weg(geld, a.besteedCenten(), "besteedCenten", weg),
                    weg(geld, a.besteedPerClientCenten(), "besteedPerClientCenten", weg),
                    weg(geld, a.procentBesteed(), "procentBesteed", weg),
                    weg(cumulatiefWeg, a.procentCumulatief(), "procentCumulatief", weg),
                    a.wachttijden(),
                    weg(uitWeg, a.uitstroomTotaal(), "uitstroomTotaal", weg),
                    groepen, uitstroom, verzoeken,
                    weg(klein(a.escalaties()), a.escalaties(), "escalaties", weg),
                    weg(klein(a.escalatiesOpen()), a.escalatiesOpen(), "escalatiesOpen", weg),
                    List.copyOf(weg)));
        }
        return new Lijst(l.gemeenteCode(), l.jaar(), l.wet(), l.besteedCenten(), klein(l.clienten()) ? null : l.clienten(), l.aantalAanbieders(),
                l.aanbiedersIn8020(), l.procentAanbiedersIn8020(), l.procentBesteedIn8020(), true, List.copyOf(rijen));
    }

    private static boolean klein(Long aantal) {
        return Wijkcijfers.klein(aantal);
    }

    private static <T> T weg(boolean onderdrukken, T waarde, String veld, List<String> weg) {
        return Onderdrukking.weg(onderdrukken, waarde, veld, weg);
    }
}
