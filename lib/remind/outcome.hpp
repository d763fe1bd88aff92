// What became of one planned reminder in a run: planned (a dry run), sent,
// failed, or recorded as skipped. `remind` collects these; the text and
// JSON that people and scripts read are written by render/reminder_outcomes.
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
