package nl.dichtbij.besluit;

import org.springframework.data.repository.ListCrudRepository;

interface AanvraagRepository extends ListCrudRepository<Aanvraag, Long> {
}
