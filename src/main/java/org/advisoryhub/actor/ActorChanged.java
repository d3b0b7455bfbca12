package org.advisoryhub.actor;

import org.advisoryhub.actor.dto.ActorResponse;

/** Fired in the transaction that changed a catalog actor, so its published STIX object gets the new version. */
public record ActorChanged(ActorResponse actor) {}
