// What became of one planned reminder in a run: the data `remind` reports
// (outcome_view.hpp renders it). Kept apart from its views, so the run
// (run.hpp) can collect outcomes without knowing how they are shown.
#pragma once

#include "remind/plan.hpp"

#include <string>

namespace netadmin::remind {

enum class Result {
    planned,  // a dry run: what --send would do
    sent,
    failed,
    recorded,  // a skip or a missing address, now in the log
};

struct Outcome {
    const Action* action = nullptr;
    Result result = Result::planned;
    std::string detail;  // the mailer's complaint, for failures
};

}  // namespace netadmin::remind
