package vn.chiso766.portal;

import vn.chiso766.model.Kind;

/** A unit as the portal names it: its id (the join key of every endpoint), code, name and kind. */
record PortalUnit(String id, String code, String name, Kind kind, String parent) {
}
