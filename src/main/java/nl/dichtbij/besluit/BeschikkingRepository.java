package nl.dichtbij.besluit;

import org.springframework.data.repository.ListCrudRepository;

interface BeschikkingRepository extends ListCrudRepository<Beschikking, Long> {

    java.util.List<Beschikking> findByZaakId(long zaakId);
}
