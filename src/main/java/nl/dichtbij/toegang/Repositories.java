package nl.dichtbij.toegang;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface MeldingRepository extends ListCrudRepository<Melding, Long> {

    /** Locked, so that two steps of the chain handled at once on two nodes follow each other on a melding. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<Melding> findByZaakIdOrderById(long zaakId);
}

interface OnderzoekRepository extends ListCrudRepository<Onderzoek, Long> {

    Optional<Onderzoek> findFirstByMeldingIdOrderByIdDesc(long meldingId);
}
