package nl.dichtbij.socialekaart;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisatieRepository extends ListCrudRepository<Organisatie, Long> {

    List<Organisatie> findByGemeenteCodeOrderByNaam(String gemeenteCode);
}
