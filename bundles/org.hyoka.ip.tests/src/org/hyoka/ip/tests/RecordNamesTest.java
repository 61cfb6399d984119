package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hyoka.ip.InventionDisclosure;
import org.hyoka.ip.IpFactory;
import org.hyoka.ip.Licence;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.RecordNames;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.Organization;
import org.junit.jupiter.api.Test;

/** Records are named by the words an IP office uses, never by an id, and not at all when the file gives no words. */
class RecordNamesTest {

	@Test
	void anApplicationByItsTitleAndNumberEitherAlone() {
		PatentApplication application = IpFactory.eINSTANCE.createPatentApplication();
		application.setId("app-1");
		assertNull(RecordNames.of(application), "no words, no name: the caller shows the id");
		application.setApplicationNumber("特願2024-000001");
		assertEquals("特願2024-000001", RecordNames.of(application));
		application.setTitleJa(" 糖鎖抗体 ");
		assertEquals("糖鎖抗体 特願2024-000001", RecordNames.of(application));
		application.setApplicationNumber(" ");
		assertEquals("糖鎖抗体", RecordNames.of(application));
	}

	@Test
	void aLicenceByItsLicenseeAndField() {
		Licence licence = IpFactory.eINSTANCE.createLicence();
		licence.setId("lic-1");
		assertNull(RecordNames.of(licence));
		licence.setField("抗体医薬の研究開発");
		assertEquals("抗体医薬の研究開発", RecordNames.of(licence));
		Organization licensee = BaseFactory.eINSTANCE.createOrganization();
		licensee.setId("org-chugai");
		licensee.setNameJa("中外製薬株式会社");
		licence.setLicensee(licensee);
		assertEquals("中外製薬株式会社 抗体医薬の研究開発", RecordNames.of(licence));
	}

	@Test
	void anotherRecordByItsTitle() {
		InventionDisclosure invention = IpFactory.eINSTANCE.createInventionDisclosure();
		invention.setId("inv-1");
		assertNull(RecordNames.of(invention));
		invention.setTitleJa("糖鎖を標的とする抗体");
		assertEquals("糖鎖を標的とする抗体", RecordNames.of(invention));
	}

	@Test
	void listsShowTheIdAfterTheWordsOrAlone() {
		assertEquals("糖鎖抗体 特願2024-000001 (ip-A-app-1/4)", RecordNames.withId("糖鎖抗体 特願2024-000001", "ip-A-app-1/4"));
		assertEquals("ip-A-app-1/4", RecordNames.withId(null, "ip-A-app-1/4"));
	}
}
