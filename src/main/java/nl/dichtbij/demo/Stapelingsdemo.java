package nl.dichtbij.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.dichtbij.personen.Woonadres;
import nl.dichtbij.sturing.Regeling;
import nl.dichtbij.sturing.Voorzieningovername.OvergenomenVoorziening;

/**
 * Generates demo provisions calibrated on the stacking figures of Woerden 2017 (domain.md §5): per
 * combination of regelingen the number of addresses, so both tables come out exactly, and extra
 * provisions within a regeling until 50 of 1,000 households have 3 or more. Around the calibrated
 * year it adds provisions that only ran the year before or only start the year after, so the chosen
 * year matters. The same seed and population give the same rows. See docs/sturing.md.
 */
final class Stapelingsdemo {

    /**
     * Addresses per combination in the calibrated year. The non-Jeugd combinations are the
     * evaluation's own; the Jeugd combinations are not itemised there and are derived so that the
     * 206 addresses with Jeugd and something else hold 26 SHV, 101 W&I, 76 WMO-B and 86 WMO-V (the
     * totals per regeling minus the listed combinations).
     */
    static final Map<String, Integer> KALIBRATIE = kalibratie();

    private static final int J = 1;
    private static final int SHV = 2;
    private static final int WI = 4;
    private static final int WB = 8;
    private static final int WV = 16;

    private static final Map<Regeling, List<String>> PRODUCTEN = Map.of(
            Regeling.JEUGD, List.of("Ambulante jeugdhulp", "Ambulante gezinsbegeleiding", "Jeugd-GGZ", "Dyslexiezorg", "Pleegzorg"),
            Regeling.SCHULDHULPVERLENING, List.of("Schuldregeling", "Budgetbeheer", "Budgetcoaching", "Stabilisatietraject"),
            Regeling.WERK_EN_INKOMEN, List.of("Bijstandsuitkering", "Re-integratietraject", "Bijzondere bijstand", "Beschut werk",
                    "Individuele inkomenstoeslag"),
            Regeling.WMO_BEGELEIDING, List.of("Begeleiding individueel", "Dagbesteding", "Persoonlijke verzorging", "Kortdurend verblijf"),
            Regeling.WMO_VOORZIENINGEN, List.of("Hulp bij het huishouden", "Scootmobiel", "Rolstoel", "Woningaanpassing", "Regiotaxipas",
                    "Traplift"));

    private final int jaar;
    private final SplittableRandom random;

    Stapelingsdemo(int jaar, long seed) {
        this.jaar = jaar;
        this.random = new SplittableRandom(seed);
    }

    private static Map<String, Integer> kalibratie() {
        Map<String, Integer> k = new LinkedHashMap<>();
        k.put("J", 1153);
        k.put("J+SHV", 4);
        k.put("J+SHV+WI", 14);
        k.put("J+SHV+WI+WB", 3);
        k.put("J+SHV+WI+WB+WV", 2);
        k.put("J+SHV+WB", 2);
        k.put("J+SHV+WV", 1);
        k.put("J+WI", 50);
        k.put("J+WI+WB", 17);
        k.put("J+WI+WV", 10);
        k.put("J+WI+WB+WV", 5);
        k.put("J+WB", 30);
        k.put("J+WB+WV", 17);
        k.put("J+WV", 51);
        k.put("SHV", 80);
        k.put("SHV+WI", 45);
        k.put("SHV+WI+WB", 17);
        k.put("SHV+WI+WB+WV", 4);
        k.put("SHV+WI+WV", 4);
        k.put("SHV+WB", 9);
        k.put("SHV+WB+WV", 1);
        k.put("SHV+WV", 6);
        k.put("WI", 795);
        k.put("WI+WB", 113);
        k.put("WI+WB+WV", 80);
        k.put("WI+WV", 154);
        k.put("WB", 246);
        k.put("WB+WV", 263);
        k.put("WV", 1351);
        return java.util.Collections.unmodifiableMap(k);
    }

    static int masker(String combinatie) {
        int m = 0;
        for (String deel : combinatie.split("\\+")) {
            m |= switch (deel) {
                case "J" -> J;
                case "SHV" -> SHV;
                case "WI" -> WI;
                case "WB" -> WB;
                case "WV" -> WV;
                default -> throw new IllegalArgumentException(deel);
            };
        }
        return m;
    }

    static int aantalAdressen() {
        return KALIBRATIE.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The rows for this population. {@code schaal} 1 reproduces the calibration exactly; a smaller
     * municipality gets a proportional set. When the population is too small for the requested scale
     * (a test village), the scale shrinks so at most a quarter of the households get a provision.
     */
    List<OvergenomenVoorziening> genereer(List<Woonadres> adressen, double schaal) {
        double passend = Math.min(schaal, 0.25 * adressen.size() / aantalAdressen());
        LocalDate midden = LocalDate.of(jaar, 7, 1);
        List<Woonadres> gezinnen = new ArrayList<>();
        List<Woonadres> overig = new ArrayList<>();
        for (Woonadres a : adressen) {
            LocalDate jongste = a.jongsteGeboortedatum();
            boolean kind = jongste != null && jongste.isAfter(midden.minusYears(18)) && !jongste.isAfter(midden);
            (kind ? gezinnen : overig).add(a);
        }
        schud(gezinnen);
        schud(overig);
        int g = 0;
        int o = 0;
        List<OvergenomenVoorziening> rijen = new ArrayList<>();
        Map<Woonadres, Set<Regeling>> toegewezen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : KALIBRATIE.entrySet()) {
            Set<Regeling> regelingen = Regeling.uitMasker(masker(e.getKey()));
            int aantal = (int) Math.round(e.getValue() * passend);
            for (int i = 0; i < aantal; i++) {
                Woonadres adres;
                if (regelingen.contains(Regeling.JEUGD) && g < gezinnen.size()) {
                    adres = gezinnen.get(g++);
                } else if (o < overig.size()) {
                    adres = overig.get(o++);
                } else if (g < gezinnen.size()) {
                    adres = gezinnen.get(g++);
                } else {
                    break;
                }
                toegewezen.put(adres, regelingen);
                for (Regeling r : regelingen) {
                    rijen.add(rij(adres, r, 0, jaar));
                }
            }
        }
        // Extra provisions within a regeling (several children in care, a wheelchair and a stairlift)
        // until 50 of 1,000 households have 3 or more provisions in the calibrated year.
        long doel = Math.round(adressen.size() * 0.05);
        long nu = toegewezen.values().stream().filter(s -> s.size() >= 3).count();
        List<Map.Entry<Woonadres, Set<Regeling>>> twee = new ArrayList<>(toegewezen.entrySet().stream().filter(e -> e.getValue().size() == 2).toList());
        List<Map.Entry<Woonadres, Set<Regeling>>> een = new ArrayList<>(toegewezen.entrySet().stream().filter(e -> e.getValue().size() == 1).toList());
        schud(twee);
        schud(een);
        for (var e : twee) {
            if (nu >= doel) {
                break;
            }
            List<Regeling> lijst = List.copyOf(e.getValue());
            rijen.add(rij(e.getKey(), lijst.get(random.nextInt(lijst.size())), 1, jaar));
            nu++;
        }
        for (var e : een) {
            if (nu >= doel) {
                break;
            }
            Regeling r = e.getValue().iterator().next();
            rijen.add(rij(e.getKey(), r, 1, jaar));
            rijen.add(rij(e.getKey(), r, 2, jaar));
            nu++;
        }
        // Provisions that ran only the year before, and ones that start only the year after.
        int buiten = (int) Math.round(aantalAdressen() * passend * 0.3);
        for (int jaarErbuiten : new int[] {jaar - 1, jaar + 1}) {
            for (int i = 0; i < buiten; i++) {
                Woonadres adres = adressen.get(random.nextInt(adressen.size()));
                Regeling r = gewogenRegeling();
                rijen.add(binnenJaar(adres, r, jaarErbuiten));
            }
        }
        return rijen;
    }

    /** A regeling weighted by how many addresses have it in the calibration. */
    private Regeling gewogenRegeling() {
        int[] gewicht = {1359, 192, 1313, 809, 1949};
        int worp = random.nextInt(5622);
        for (int i = 0; i < gewicht.length; i++) {
            worp -= gewicht[i];
            if (worp < 0) {
                return Regeling.values()[i];
            }
        }
        return Regeling.WMO_VOORZIENINGEN;
    }

    /** A provision active on some days of {@code actiefJaar}: started that year or the one before, ending that year or later. */
    private OvergenomenVoorziening rij(Woonadres adres, Regeling regeling, int volgnummer, int actiefJaar) {
        LocalDate begin = LocalDate.of(actiefJaar, 1, 1);
        LocalDate start = random.nextDouble() < 0.45 ? begin.minusDays(1 + random.nextInt(360)) : begin.plusDays(random.nextInt(330));
        LocalDate einde;
        double worp = random.nextDouble();
        if (regeling == Regeling.WERK_EN_INKOMEN && worp < 0.1) {
            einde = null;
        } else if (worp < 0.55) {
            LocalDate vroegst = start.isBefore(begin) ? begin : start;
            einde = vroegst.plusDays(random.nextInt((int) (LocalDate.of(actiefJaar, 12, 31).toEpochDay() - vroegst.toEpochDay()) + 1));
        } else {
            einde = LocalDate.of(actiefJaar + 1, 1, 1).plusDays(random.nextInt(365));
        }
        return maak(adres, regeling, volgnummer, start, einde);
    }

    /** A provision entirely within one year. */
    private OvergenomenVoorziening binnenJaar(Woonadres adres, Regeling regeling, int binnenJaar) {
        LocalDate start = LocalDate.of(binnenJaar, 1, 1).plusDays(random.nextInt(300));
        LocalDate einde = start.plusDays(14 + random.nextInt((int) (LocalDate.of(binnenJaar, 12, 31).toEpochDay() - start.toEpochDay()) - 13));
        return maak(adres, regeling, random.nextInt(PRODUCTEN.get(regeling).size()), start, einde);
    }

    private OvergenomenVoorziening maak(Woonadres adres, Regeling regeling, int volgnummer, LocalDate start, LocalDate einde) {
        List<String> producten = PRODUCTEN.get(regeling);
        String partner = regeling == Regeling.WERK_EN_INKOMEN ? "FermWerk" : regeling == Regeling.SCHULDHULPVERLENING ? "Schuldhulpverlening" : null;
        return new OvergenomenVoorziening(adres.huishoudenId(), adres.wijk(), adres.woonplaats(), regeling, producten.get(volgnummer % producten.size()),
                start, einde, partner);
    }

    private <T> void schud(List<T> lijst) {
        for (int i = lijst.size() - 1; i > 0; i--) {
            java.util.Collections.swap(lijst, i, random.nextInt(i + 1));
        }
    }
}
