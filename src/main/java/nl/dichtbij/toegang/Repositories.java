package nl.dichtbij.toegang;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeldingRepository extends ListCrudRepository<Melding, Long> {
}

interface ZaakRepository extends ListCrudRepository<Zaak, Long> {

    Optional<Zaak> findFirstByGemeenteCodeAndHuishoudenIdAndOpenTrueOrderByIdDesc(String gemeenteCode, long huishoudenId);
}

interface OnderzoekRepository extends ListCrudRepository<Onderzoek, Long> {

    Optional<Onderzoek> findFirstByMeldingIdOrderByIdDesc(long meldingId);
}

interface ZrmMetingRepository extends ListCrudRepository<ZrmMeting, Long> {

    List<ZrmMeting> findByOnderzoekId(long onderzoekId);
}
