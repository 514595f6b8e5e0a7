package nl.dichtbij.platform.istandaarden;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the iStandaarden iJw 3.2 and iWmo 3.2 are read from: the copy inside the application
 * (classpath {@code istandaarden/}) or a folder on disk with the same layout
 * ({@code ijw-3.2/xsd/jw301.xsd}, {@code iwmo-3.2/codelijsten/WMO020_Productcategorie.md}, …).
 * Paths are relative to the root of a release and use forward slashes.
 */
public final class IStandaarden {

    static final String KLASSENPAD = "istandaarden/";

    private final Path map;

    private IStandaarden(Path map) {
        this.map = map;
    }

    /** The release the setting {@code dichtbij.istandaarden.pad} names: blank for the bundled copy, else a folder. */
    public static IStandaarden volgensInstelling(String pad) {
        return pad == null || pad.isBlank() ? meegeleverd() : map(Path.of(pad));
    }

    /** The copy that ships inside the application. */
    public static IStandaarden meegeleverd() {
        return new IStandaarden(null);
    }

    /** A release on disk, e.g. a newer one than the application carries. */
    public static IStandaarden map(Path map) {
        return new IStandaarden(map.toAbsolutePath().normalize());
    }

    public boolean isMeegeleverd() {
        return map == null;
    }

    /** For people: which copy this is. */
    public String bron() {
        return isMeegeleverd() ? "de kopie die met Dichtbij is meegeleverd (iJw 3.2 en iWmo 3.2)" : "de map " + map;
    }

    /** The file as a URL (file: on disk, jar: or file: on the classpath), a base for relative references. */
    public Optional<URL> url(String pad) {
        if (isMeegeleverd()) {
            return Optional.ofNullable(IStandaarden.class.getClassLoader().getResource(KLASSENPAD + pad));
        }
        Path bestand = map.resolve(pad);
        if (!Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        try {
            return Optional.of(bestand.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(bestand.toString(), e);
        }
    }

    public boolean bevat(String pad) {
        return url(pad).isPresent();
    }

    public byte[] lees(String pad) throws IOException {
        URL url = url(pad).orElseThrow(() -> new NoSuchFileException(pad + " staat niet in " + bron()));
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    public String toString() {
        return isMeegeleverd() ? "classpath:" + KLASSENPAD : map.toString();
    }
}
