package vn.chiso766.portal.fetch;

/** A province of the national list: its code, its id (the rootDepartmentId of its calls), its name. */
record Province(String code, String id, String name) {
}
