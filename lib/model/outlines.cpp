// The map outlines (model/outlines.hpp).
#include "model/outlines.hpp"

#include <algorithm>

namespace netadmin::model {
namespace {

// The file lists an area's rings one after the other, so a new ring most
// often belongs to the last area; a search covers a file out of order.
Outline& area(std::vector<Outline>& areas, std::string_view code) {
    if (!areas.empty() && areas.back().code == code) return areas.back();
    for (auto& outline : areas) {
        if (outline.code == code) return outline;
    }
    return areas.emplace_back(Outline{std::string(code), {}, {}});
}

const Outline* find(const std::vector<Outline>& areas, std::string_view code) {
    const auto it = std::find_if(areas.begin(), areas.end(), [&](const Outline& o) { return o.code == code; });
    return it == areas.end() ? nullptr : &*it;
}

}  // namespace

void GridBox::add(GridPoint point) {
    if (empty) {
        *this = {point.x, point.y, point.x, point.y, false};
        return;
    }
    min_x = std::min(min_x, point.x);
    min_y = std::min(min_y, point.y);
    max_x = std::max(max_x, point.x);
    max_y = std::max(max_y, point.y);
}

void GridBox::add(const GridBox& box) {
    if (box.empty) return;
    add(GridPoint{box.min_x, box.min_y});
    add(GridPoint{box.max_x, box.max_y});
}

void Outlines::add_ring(bool county, std::string_view code, Ring ring) {
    auto& outline = area(county ? counties_ : municipalities_, code);
    for (const auto point : ring) outline.box.add(point);
    outline.rings.push_back(std::move(ring));
}

const Outline* Outlines::county(std::string_view code) const { return find(counties_, code); }
const Outline* Outlines::municipality(std::string_view code) const { return find(municipalities_, code); }

}  // namespace netadmin::model
