package org.advisoryhub.screening;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Visibility;

/** What screening needs of an advisory: its latest published revision's TLP and recipients, and its state. */
record PublishedAdvisory(
        UUID id, String publicId, String title, Tlp tlp, Set<String> recipients, boolean withdrawn, int revision) {

    boolean visibleTo(List<Visibility.PartnerView> views) {
        return views.stream().anyMatch(v -> v.mayRead(tlp, recipients));
    }
}
