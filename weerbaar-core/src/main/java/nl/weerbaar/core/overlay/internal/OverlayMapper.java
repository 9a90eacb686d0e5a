package nl.weerbaar.core.overlay.internal;

import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.catalog.internal.CatalogMapper;
import nl.weerbaar.core.overlay.Adaptation;
import nl.weerbaar.core.overlay.Applicability;
import nl.weerbaar.core.overlay.LocalMeasure;
import nl.weerbaar.core.overlay.Rolverdeling;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/**
 * Maps validated overlay file-format types to the domain model.
 */
@Mapper(uses = CatalogMapper.class)
public interface OverlayMapper {

    OverlayMapper INSTANCE = Mappers.getMapper(OverlayMapper.class);

    LocalMeasure toLocalMeasure(LocalMeasureDocument document, SourceLocation location);

    default Adaptation toAdaptation(AdaptationDocument document, SourceLocation location) {
        Applicability applicability = document.applicable() == null ? null
                : document.applicable() ? Applicability.APPLICABLE : Applicability.notApplicable(document.reason());
        AdaptationDocument.RolverdelingDocument roles = document.rolverdeling();
        Adaptation.AgreedRoles rolverdeling = roles == null ? null : new Adaptation.AgreedRoles(roles.responsible(),
                roles.supporting(), new Rolverdeling.Agreement(roles.agreement().date(),
                roles.agreement().reference(), roles.agreement().confirmedByGemeente(),
                roles.agreement().confirmedByVeiligheidsregio()));
        return new Adaptation(document.ref(), applicability, document.localPriority(), document.localOwner(),
                document.addPartners(), rolverdeling, location);
    }
}
