package nl.dichtbij.toegang;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeldingRepository extends ListCrudRepository<Melding, Long> {
}

interface OnderzoekRepository extends ListCrudRepository<Onderzoek, Long> {

    Optional<Onderzoek> findFirstByMeldingIdOrderByIdDesc(long meldingId);
}
