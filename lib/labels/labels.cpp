#include "labels/labels.hpp"

namespace netadmin::labels {

using i18n::Msg;

// No default cases: a new enum value without a label is a -Wswitch warning
// (an error in the dev and CI builds), and labels_test checks every value.

Msg label(model::Operation op) {
    switch (op) {
        case model::Operation::mvc: return Msg::op_mvc;
        case model::Operation::bvc: return Msg::op_bvc;
        case model::Operation::open_preschool: return Msg::op_open_preschool;
        case model::Operation::social_services: return Msg::op_social_services;
    }
    return Msg::op_mvc;
}

Msg label(model::CentreKind kind) {
    switch (kind) {
        case model::CentreKind::full: return Msg::kind_full;
        case model::CentreKind::similar: return Msg::kind_similar;
    }
    return Msg::kind_full;
}

Msg label(model::MeetingKind kind) {
    switch (kind) {
        case model::MeetingKind::network_meeting: return Msg::meeting_network_meeting;
        case model::MeetingKind::conference: return Msg::meeting_conference;
        case model::MeetingKind::programme_session: return Msg::meeting_programme_session;
        case model::MeetingKind::dialogue_day: return Msg::meeting_dialogue_day;
        case model::MeetingKind::planning_meeting: return Msg::meeting_planning_meeting;
        case model::MeetingKind::coordinators_meeting: return Msg::meeting_coordinators_meeting;
        case model::MeetingKind::house_meeting: return Msg::meeting_house_meeting;
        case model::MeetingKind::other: return Msg::meeting_other;
    }
    return Msg::meeting_other;
}

Msg label(model::EntityKind kind) {
    switch (kind) {
        case model::EntityKind::region: return Msg::entity_region;
        case model::EntityKind::organisation: return Msg::entity_organisation;
        case model::EntityKind::person: return Msg::entity_person;
        case model::EntityKind::centre: return Msg::entity_centre;
        case model::EntityKind::network: return Msg::entity_network;
        case model::EntityKind::programme: return Msg::entity_programme;
        case model::EntityKind::meeting: return Msg::entity_meeting;
        case model::EntityKind::venue: return Msg::entity_venue;
        case model::EntityKind::resource: return Msg::entity_resource;
        case model::EntityKind::source: return Msg::entity_source;
        case model::EntityKind::count: return Msg::entity_count;
    }
    return Msg::entity_region;
}

Msg label(model::ResourceKind kind) {
    switch (kind) {
        case model::ResourceKind::link: return Msg::resource_link;
        case model::ResourceKind::file: return Msg::resource_file;
    }
    return Msg::resource_link;
}

}  // namespace netadmin::labels
