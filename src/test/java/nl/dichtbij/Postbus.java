package nl.dichtbij;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server for a test class (GreenMail on a free port): what Dichtbij sent, per address, and the codes in it. */
public final class Postbus {

    private static final Pattern CODE = Pattern.compile("code (?:voor Dichtbij )?is (\\d{6})");

    private final GreenMail smtp;

    private Postbus(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static Postbus start() {
        int poort;
        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSetup setup = new ServerSetup(poort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail smtp = new GreenMail(setup);
        smtp.start();
        return new Postbus(smtp);
    }

    /** Mail on, through this server, with the site address the links in it name. */
    public void instellen(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        properties.add("dichtbij.mail.adres", () -> "https://dichtbij.woerden.nl");
    }

    public void stop() {
        smtp.stop();
    }

    public MimeMessage[] aan(String email) {
        List<MimeMessage> voor = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                    voor.add(m);
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return voor.toArray(MimeMessage[]::new);
    }

    /** Waits until this address received {@code aantal} mails (at most 10 s) and returns them. */
    public MimeMessage[] wachtOp(String email, int aantal) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> aan(email).length >= aantal);
        return aan(email);
    }

    public static String tekst(MimeMessage mail) {
        return GreenMailUtil.getBody(mail);
    }

    /** The six-digit code in a mail or text message. */
    public static String code(String tekst) {
        Matcher m = CODE.matcher(tekst);
        if (!m.find()) {
            throw new AssertionError("Geen code in: " + tekst);
        }
        return m.group(1);
    }
}
