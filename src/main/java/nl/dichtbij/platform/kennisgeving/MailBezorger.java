package nl.dichtbij.platform.kennisgeving;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through the municipality's SMTP server: only when {@code spring.mail.host} is set. */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailBezorger implements Bezorger {

    private final JavaMailSender mail;
    private final String afzender;

    MailBezorger(JavaMailSender mail, @Value("${dichtbij.mail.afzender:noreply@dichtbij.nl}") String afzender) {
        this.mail = mail;
        this.afzender = afzender;
    }

    @Override
    public Kanaal kanaal() {
        return Kanaal.EMAIL;
    }

    @Override
    public void stuur(String adres, Bericht bericht) {
        SimpleMailMessage mailbericht = new SimpleMailMessage();
        mailbericht.setFrom(afzender);
        mailbericht.setTo(adres);
        mailbericht.setSubject(bericht.onderwerp());
        mailbericht.setText(bericht.tekst());
        mail.send(mailbericht);
    }
}
