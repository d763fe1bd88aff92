// Outlines of Sweden's counties and municipalities for the coverage maps,
// from data/reference/outlines.csv (made by data/geo/make_outlines.py from
// public GeoJSON). Coordinates are SWEREF 99 TM (EPSG:3006), a transverse
// Mercator in metres, so distances and shapes are true across the country;
// they are kept in units of 100 m, what a map of a county on a screen shows.
// Read only when a map is drawn: the other commands never load them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::model {

// Easting and northing in units of 100 m.
struct GridPoint {
    int x = 0;
    int y = 0;
};

struct GridBox {
    int min_x = 0;
    int min_y = 0;
    int max_x = 0;
    int max_y = 0;
    bool empty = true;
    void add(GridPoint point);
    void add(const GridBox& box);
};

using Ring = std::vector<GridPoint>;  // closed; the first corner is not repeated

struct Outline {
    std::string code;         // SCB code: "25" (county) or "2514" (municipality)
    std::vector<Ring> rings;  // outer boundaries and holes: even-odd fill
    GridBox box;
};

class Outlines {
public:
    void add_ring(bool county, std::string_view code, Ring ring);

    const std::vector<Outline>& counties() const { return counties_; }
    const std::vector<Outline>& municipalities() const { return municipalities_; }
    const Outline* county(std::string_view code) const;
    const Outline* municipality(std::string_view code) const;

private:
    std::vector<Outline> counties_;
    std::vector<Outline> municipalities_;
};

}  // namespace netadmin::model
