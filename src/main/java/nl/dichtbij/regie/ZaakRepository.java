package nl.dichtbij.regie;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ZaakRepository extends ListCrudRepository<Zaak, Long> {

    Optional<Zaak> findFirstByGemeenteCodeAndHuishoudenIdAndOpenTrueOrderByIdDesc(String gemeenteCode, long huishoudenId);

    List<Zaak> findByGemeenteCodeAndHuishoudenIdOrderByIdDesc(String gemeenteCode, long huishoudenId);

    List<Zaak> findByGemeenteCodeAndRegisseurAndOpenTrue(String gemeenteCode, String regisseur);
}
