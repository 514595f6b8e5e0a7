package nl.dichtbij.demo;

import java.util.List;

/** A village or town of a municipality, with its wijken, streets and postcode range. */
record Kern(String naam, double aandeel, int postcodeVan, int postcodeTot, List<Wijk> wijken) {

    record Wijk(String naam, double aandeel, List<String> straten) {
    }

    static List<Kern> woerden() {
        return List.of(
                new Kern("Woerden", 0.76, 3441, 3447, List.of(
                        new Wijk("Binnenstad", 0.09, List.of("Rijnstraat", "Voorstraat", "Havenstraat", "Kerkstraat", "Groenendaal")),
                        new Wijk("Molenvliet", 0.20, List.of("Steinhagenseweg", "Boerendijk", "Molenvlietbaan", "Van Kempensingel")),
                        new Wijk("Schilderskwartier", 0.12, List.of("Rembrandtlaan", "Frans Halsstraat", "Vermeerstraat", "Jan Steenstraat")),
                        new Wijk("Staatsliedenkwartier", 0.13, List.of("Thorbeckelaan", "Van Oldenbarneveltlaan", "Churchilllaan", "De Savornin Lohmanlaan")),
                        new Wijk("Snel en Polanen", 0.16, List.of("Polanerbaan", "Snellerpoort", "Lanenkwartier", "Zuidzijde")),
                        new Wijk("Waterrijk", 0.13, List.of("Waterrijkweg", "Kanaalweg", "Wilhelminaweg", "Exercitieveld")),
                        new Wijk("Bomenwijk", 0.12, List.of("Eikenlaan", "Beukenlaan", "Lindenlaan", "Kastanjelaan")),
                        new Wijk("Barwoutswaarder", 0.05, List.of("Barwoutswaarder", "Oudelandseweg", "Hollandbaan")))),
                new Kern("Harmelen", 0.16, 3481, 3482, List.of(
                        new Wijk("Harmelen", 1.0, List.of("Dorpsstraat", "Kerkweg", "Hoflaan", "Rijndijk", "Bredeweg")))),
                new Kern("Kamerik", 0.045, 3471, 3471, List.of(
                        new Wijk("Kamerik", 1.0, List.of("Mijzijde", "Kanis", "Overlaat", "Dorpsstraat")))),
                new Kern("Zegveld", 0.035, 3474, 3474, List.of(
                        new Wijk("Zegveld", 1.0, List.of("Hoofdweg", "Zegveldse Uiterwaard", "Molenweg", "Oud Zegveld")))));
    }

    static List<Kern> montfoort() {
        return List.of(
                new Kern("Montfoort", 0.78, 3417, 3417, List.of(
                        new Wijk("Montfoort-Centrum", 0.5, List.of("Hoogstraat", "Kasteelplein", "Keizerstraat")),
                        new Wijk("Montfoort-Noord", 0.5, List.of("Heeswijkerwetering", "Tuindorp", "Blokland")))),
                new Kern("Linschoten", 0.22, 3461, 3461, List.of(
                        new Wijk("Linschoten", 1.0, List.of("Dorpsstraat", "Hoenkoopse Buurtweg", "Julianalaan")))));
    }
}
