package nl.dichtbij.inwoner;

import java.util.List;
import java.util.Map;

import nl.dichtbij.dossier.Vertegenwoordigingen;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.BerichtVoorHuishouden;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the residents of a household who asked for it that there is news in Mijn Dichtbij, by e-mail through the
 * municipality's SMTP server (only when {@code spring.mail.host} is set). Only whom may read the news gets a mail (a
 * 16- or 17-year-old's news is his, docs/decisions/0006), and the mail says no more than that there is news: no name, no
 * subject of the case, no BSN. A failed delivery leaves the event open in the registry, which offers it again.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class Nieuwsbezorging {

    // dichtbij.mail.adres has no default: with mail on, a link to the wrong address must stop the start, not reach residents

    static final String ONDERWERP = "Er is nieuws voor u in Mijn Dichtbij";

    private final Nieuwsmail nieuwsmail;
    private final PersonenRegister register;
    private final Vertegenwoordigingen vertegenwoordigingen;
    private final JavaMailSender mail;
    private final String afzender;
    private final String adres;

    Nieuwsbezorging(Nieuwsmail nieuwsmail, PersonenRegister register, Vertegenwoordigingen vertegenwoordigingen, JavaMailSender mail,
                    @Value("${dichtbij.mail.afzender:noreply@dichtbij.nl}") String afzender,
                    @Value("${dichtbij.mail.adres}") String adres) {
        this.nieuwsmail = nieuwsmail;
        this.register = register;
        this.vertegenwoordigingen = vertegenwoordigingen;
        this.mail = mail;
        this.afzender = afzender;
        this.adres = adres;
    }

    @ApplicationModuleListener
    void nieuws(BerichtVoorHuishouden bericht) {
        List<Persoon> leden = register.leden(bericht.gemeenteCode(), bericht.huishoudenId());
        Map<String, String> adressen = nieuwsmail.adressen(bericht.gemeenteCode(), leden.stream().map(Persoon::bsn).toList());
        for (Persoon lid : leden) {
            String email = adressen.get(lid.bsn());
            Gebruiker inwoner = new Gebruiker("nieuwsmail", null, lid.naam(), Rol.INWONER, lid.gemeenteCode(), null, lid.bsn());
            if (email != null && vertegenwoordigingen.magTekstLezenOver(inwoner, bericht.betreftBsn())) {
                mail.send(mail(email));
            }
        }
    }

    private SimpleMailMessage mail(String aan) {
        SimpleMailMessage bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan);
        bericht.setSubject(ONDERWERP);
        bericht.setText("""
                Beste inwoner,

                Er staat nieuws voor u klaar in Mijn Dichtbij. Log in met DigiD om het te lezen:
                %s/mijn

                Om uw gegevens te beschermen staat het nieuws niet in deze e-mail.
                Wilt u deze e-mails niet meer? Zet ze uit onder Mijn gegevens, E-mail bij nieuws.

                Het sociaal team van uw gemeente""".formatted(adres));
        return bericht;
    }
}
