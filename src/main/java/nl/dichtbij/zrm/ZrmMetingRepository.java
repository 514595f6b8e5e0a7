package nl.dichtbij.zrm;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ZrmMetingRepository extends ListCrudRepository<ZrmMeting, Long> {

    List<ZrmMeting> findByOnderzoekId(long onderzoekId);

    List<ZrmMeting> findByGemeenteCodeAndPersoonBsnOrderByDatumAscIdAsc(String gemeenteCode, String persoonBsn);
}
