// The registry's entities as plain data, each followed by its field table
// (model/fields.hpp says what a field is). Every entity has a stable string
// id (a lowercase ASCII slug), unique across the whole registry, and
// remembers where it was defined so later checks can point at it; the id,
// that place and the provenance are common to all and not in the tables.
// References between entities are ids; model/registry.hpp resolves them.
//
// The order of a table is the order `show` lists the fields in.
//
// Each entity has a header of its own with its struct and its field table
// (model/centre.hpp …); this one includes them all.
#pragma once

#include "model/centre.hpp"
#include "model/count_fact.hpp"
#include "model/meeting.hpp"
#include "model/network.hpp"
#include "model/organisation.hpp"
#include "model/person.hpp"
#include "model/programme.hpp"
#include "model/region.hpp"
#include "model/resource.hpp"
#include "model/settings.hpp"
#include "model/source.hpp"
#include "model/venue.hpp"
