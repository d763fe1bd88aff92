// A message called with the wrong number or kind of arguments must not
// compile. Built by the "compile: catalog …" tests with CALL set to one of
// the cases below; case 0 is the control that must compile, so the others
// fail for the reason they are about and not for a typo here.
#include "catalog/problem.hpp"

#include <string>

using netadmin::catalog::Msg;
using netadmin::catalog::Problem;

Problem make() {
    const std::string path = "out.csv";
#if CALL == 0
    return Problem(Msg::err_cannot_write, path, "No space left on device");  // "tt": right
#elif CALL == 1
    return Problem(Msg::err_cannot_write, path);  // one argument short
#elif CALL == 2
    return Problem(Msg::err_cannot_write, path, "why", "extra");  // one too many
#elif CALL == 3
    return Problem(Msg::rem_days_before, path);  // "n": text where a number goes
#endif
}
