package org.pathwise.planner;

import java.util.List;

import org.pathwise.model.Cost;
import org.pathwise.model.Endorsement;

/**
 * Why a step is suggested, as a value; {@link ReasonFormatter} turns it into words for the window
 * and the commands alike.
 */
public sealed interface Reason {
    /** The learner marked it in progress. */
    record Started() implements Reason {
    }

    /** It covers topics the target needs in a skill, taking the learner from one level to another. */
    record Covers(String skillId, int from, int to, int target, List<String> topicIds) implements Reason {
        public Covers {
            topicIds = List.copyOf(topicIds);
        }
    }

    /** It covers nothing the target needs itself, but a later step of the plan needs it. */
    record NeededFor(String stepId) implements Reason {
    }

    /** Finishing it makes these resources ready. */
    record Unlocks(List<String> resourceIds) implements Reason {
        public Unlocks {
            resourceIds = List.copyOf(resourceIds);
        }
    }

    /** The guide recommends it (start here, or a skill's best free resource). */
    record Endorsed(Endorsement endorsement) implements Reason {
    }

    /** A finished alternative in one of the any-of groups it belongs to. Only ever a finished one. */
    record AlternativeTo(String resourceId) implements Reason {
    }

    /** A project that shows lifecycle stages the learner's projects do not show yet. */
    record Shows(List<String> lifecycleStages) implements Reason {
        public Shows {
            lifecycleStages = List.copyOf(lifecycleStages);
        }
    }

    /** The hours it takes, or has left when started. */
    record Hours(double min, double max, boolean left) implements Reason {
    }

    record Priced(Cost cost) implements Reason {
    }
}
