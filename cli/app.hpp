// Parses the command line and runs one subcommand; returns the exit code.
// Catches everything: no exception leaves this function.
#pragma once

namespace netadmin::cli {

int run(int argc, char** argv);

}  // namespace netadmin::cli
