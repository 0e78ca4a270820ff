package org.pathwise.model;

import java.util.List;

/**
 * What a resource or project teaches in one skill: the topics it covers, and the depth it reaches
 * (a topic of a higher level than the depth cannot be listed; the loader refuses it).
 */
public record Teaching(String skill, int level, List<String> topics) {
    public Teaching {
        topics = List.copyOf(topics);
    }
}
