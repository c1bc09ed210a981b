/** Names shared by the QTI 3.0 writer and reader. */
export const QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
export const QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
export const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
export const CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export const RESOURCE = { item: "imsqti_item_xmlv3p0", test: "imsqti_test_xmlv3p0", stimulus: "imsqti_stimulus_xmlv3p0" } as const;

/** Readcheck's facts that QTI has no element for, kept as item outcomes with default values. */
export const RC = { skill: "RC_SKILL", difficulty: "RC_DIFFICULTY", evidence: "RC_EVIDENCE", unitAliases: "RC_UNIT_ALIASES" } as const;

/**
 * QTI identifiers must start with a letter or "_"; ours may start with a digit or "-".
 * Those get a prefix that reading strips again.
 */
export const toQtiId = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `ID_${id}`);
export const fromQtiId = (id: string) => (/^ID_[0-9-]/.test(id) ? id.slice(3) : id);
