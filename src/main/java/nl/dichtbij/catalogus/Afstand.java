package nl.dichtbij.catalogus;

import java.util.Locale;
import java.util.Optional;

/**
 * The distance between two postcode areas, from the middle of each (the great-circle distance over the earth): enough to
 * tell a resident which provider is near, not a route. Pure, so it is tested without a database.
 */
public final class Afstand {

    private static final double AARDSTRAAL_KM = 6371.0;

    private Afstand() {
    }

    /** A point by latitude and longitude in degrees (WGS84). */
    public record Punt(double breedtegraad, double lengtegraad) {
        public Punt {
            if (breedtegraad < -90 || breedtegraad > 90 || lengtegraad < -180 || lengtegraad > 180) {
                throw new IllegalArgumentException("Geen punt op aarde: " + breedtegraad + ", " + lengtegraad);
            }
        }
    }

    public static double km(Punt van, Punt naar) {
        double dBreedte = Math.toRadians(naar.breedtegraad() - van.breedtegraad());
        double dLengte = Math.toRadians(naar.lengtegraad() - van.lengtegraad());
        double a = Math.pow(Math.sin(dBreedte / 2), 2)
                + Math.cos(Math.toRadians(van.breedtegraad())) * Math.cos(Math.toRadians(naar.breedtegraad())) * Math.pow(Math.sin(dLengte / 2), 2);
        return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** "in uw postcodegebied", "ongeveer 3,4 km", "ongeveer 12 km": tenths near by, whole kilometres further away. */
    public static String tekst(double km) {
        if (km < 0.5) {
            return "in uw buurt (minder dan 1 km)";
        }
        return km < 10 ? "ongeveer " + String.format(Locale.ROOT, "%.1f", km).replace('.', ',') + " km" : "ongeveer " + Math.round(km) + " km";
    }

    /** The four digits of a Dutch postcode as a resident types it ("3441 bw", "3441BW", "3441"), or empty when it is none. */
    public static Optional<String> pc4(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String schoon = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return schoon.matches("[1-9][0-9]{3}([A-Z]{2})?") ? Optional.of(schoon.substring(0, 4)) : Optional.empty();
    }
}
