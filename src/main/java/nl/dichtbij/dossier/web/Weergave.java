package nl.dichtbij.dossier.web;

import nl.dichtbij.dossier.Vertegenwoordiging;

/** What the pages show, with names looked up once. */
final class Weergave {

    private Weergave() {
    }

    record Machtiging(Vertegenwoordiging v, String naam) {
    }

    record Vertegenwoordiger(Vertegenwoordiging v, String vertegenwoordigde, String vertegenwoordiger) {
    }
}
