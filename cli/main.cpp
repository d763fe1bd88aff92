// netadmin: a thin entry point over the library; see cli/app.cpp.
#include "app.hpp"

int main(int argc, char** argv) { return netadmin::cli::run(argc, argv); }
