package org.advisoryhub.screening;

/**
 * An advisory as every index entry of it sees it: replaced in one step when the advisory is amended or withdrawn, so
 * that an amendment touching a few indicators of a large advisory changes only their entries.
 */
final class IndexedAdvisory {

    private volatile PublishedAdvisory current;

    IndexedAdvisory(PublishedAdvisory current) {
        this.current = current;
    }

    PublishedAdvisory current() {
        return current;
    }

    void moveTo(PublishedAdvisory head) {
        current = head;
    }
}
