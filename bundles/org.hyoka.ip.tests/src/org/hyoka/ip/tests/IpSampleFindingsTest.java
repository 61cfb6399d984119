package org.hyoka.ip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hyoka.core.validation.FindingsText;
import org.hyoka.model.persistence.HyokaFiles;
import org.junit.jupiter.api.Test;

/** What the HY-IP rules find in the IP sections of the two real reports, and where they must stay silent. */
class IpSampleFindingsTest {

	/** A sample's findings in English, as lines of {@link FindingsText}: severity, code, object, message. */
	private record Findings(List<String[]> lines) {

		static Findings of(String sample) throws IOException {
			String text = FindingsText.of(HyokaFiles.load(Path.of("../org.hyoka.samples/samples", sample + ".hyoka")), Locale.ENGLISH);
			return new Findings(text.lines().map(line -> line.split("\t", 4)).toList());
		}

		List<String> codes() {
			return lines.stream().map(line -> line[1]).toList();
		}

		List<String> messages(String code) {
			return lines.stream().filter(line -> line[1].equals(code)).map(line -> line[3]).toList();
		}
	}

	@Test
	void saiseiIryo002() throws IOException {
		Findings saisei = Findings.of("saisei-iryo-2022");
		// C: 「知財合意書を 14分担機関との間で締結」, but C's research tasks name 13 performers besides the secretariat 大阪大学
		List<String> declared = saisei.messages("HY-IP-03");
		assertEquals(1, declared.size(), declared.toString());
		assertTrue(declared.get(0).contains("14 partner institutions") && declared.get(0).contains("13 performers")
				&& declared.get(0).contains("大阪大学"), declared.toString());
		// A: 幹細胞組合 is the secretariat, but only B and C print 「事務局への届け出」
		assertEquals(1, saisei.messages("HY-IP-08").size(), saisei.messages("HY-IP-08").toString());
		assertTrue(saisei.messages("HY-IP-08").get(0).contains("幹細胞評価基盤技術研究組合"), saisei.messages("HY-IP-08").toString());
		// the program's funds reach the performers by 委託, and every project states バイドール適用
		assertFalse(saisei.codes().contains("HY-IP-04"), saisei.messages("HY-IP-04").toString());
		// A only 「締結するように努めた」, but then prints the result: every company and academic institution concluded it
		assertFalse(saisei.codes().contains("HY-IP-11"), saisei.messages("HY-IP-11").toString());
		// every project has its own rule on results made together; the program's scheme need not repeat them
		assertFalse(saisei.codes().contains("HY-IP-10"), saisei.messages("HY-IP-10").toString());
		// B's and C's 知財管理委員会 include the プロジェクトリーダー and state their purpose
		assertFalse(saisei.codes().contains("HY-IP-06") || saisei.codes().contains("HY-IP-07"), saisei.messages("HY-IP-06") + " " + saisei.messages("HY-IP-07"));
	}

	@Test
	void soyakuKiban000() throws IOException {
		Findings soyaku = Findings.of("soyaku-kiban-2021");
		// A: 「委託事業（バイドール適用）」, while A's 実施形態 shows the money reaching アカデミア等 as 定額補助
		assertEquals(1, soyaku.messages("HY-IP-05").size(), soyaku.messages("HY-IP-05").toString());
		assertTrue(soyaku.messages("HY-IP-05").get(0).contains("Project A") && soyaku.messages("HY-IP-05").get(0).contains("アカデミア等"),
				soyaku.messages("HY-IP-05").toString());
		// B: 「研究開発課題ごとに知財合意書を締結するように努めた」 and nothing about the outcome
		assertEquals(1, soyaku.messages("HY-IP-11").size(), soyaku.messages("HY-IP-11").toString());
		assertTrue(soyaku.messages("HY-IP-11").get(0).contains("Project B"), soyaku.messages("HY-IP-11").toString());
		// A's 知財委員会 is printed with its tasks (先行技術調査, 方針策定) but without members; C's is only a box of a chart
		assertEquals(List.of("IP committee 知財委員会 (Project A 糖鎖利用による革新的創薬技術開発): its tasks or purpose are printed, but not its members.",
				"IP committee 知財委員会 (Project C バイオ医薬品の高度製造技術の開発): neither its purpose nor its members are recorded."),
				soyaku.messages("HY-IP-07"));
		// C's members set a 共用ルール for the IP gained during the project (L2946-2948); A and D print no such rule
		List<String> joint = soyaku.messages("HY-IP-10");
		assertEquals(2, joint.size(), joint.toString());
		assertTrue(joint.get(0).contains("Project A") && joint.get(1).contains("Project D"), joint.toString());
	}
}
