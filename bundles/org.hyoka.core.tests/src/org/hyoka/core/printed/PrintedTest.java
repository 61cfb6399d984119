package org.hyoka.core.printed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hyoka.model.HyokaPackage;
import org.hyoka.model.base.BaseFactory;
import org.hyoka.model.base.SourceRef;
import org.hyoka.model.evaluation.Evaluation;
import org.hyoka.model.evaluation.EvaluationFactory;
import org.hyoka.model.evaluation.EvaluationPackage;
import org.hyoka.model.evaluation.EvaluationType;
import org.hyoka.model.finance.FinancePackage;
import org.hyoka.model.printed.Printed;
import org.junit.jupiter.api.Test;

/** One way to read what a report printed (#45): the twins' annotations, Printed, and a set that takes the words with it. */
class PrintedTest {

	@Test
	void everyTwinNamesFeaturesOfItsOwnClass() {
		List<String> twins = new ArrayList<>();
		for (EPackage subpackage : HyokaPackage.eINSTANCE.getESubpackages()) {
			for (EClassifier classifier : subpackage.getEClassifiers()) {
				if (classifier instanceof EClass type) {
					for (EStructuralFeature attribute : type.getEStructuralFeatures()) {
						if (Printed.isPrinted(attribute)) {
							List<EStructuralFeature> features = Printed.features(attribute);
							assertFalse(features.isEmpty() || features.contains(null), type.getName() + "." + attribute.getName() + " names " + features);
							twins.add(type.getName() + "." + attribute.getName());
						}
					}
				}
			}
		}
		// the 38 of format 1.5, read from the generated package
		assertTrue(twins.size() >= 38 && twins.contains("Evaluation.typePrinted"), "the model's printed words and stated figures: " + twins);
	}

	@Test
	void aValueHasOneTwinAndAStatedFigureIsNoTwin() {
		assertEquals(Optional.of(EvaluationPackage.Literals.EVALUATION__TYPE_PRINTED), Printed.twin(EvaluationPackage.Literals.EVALUATION__TYPE));
		assertEquals(Optional.of(EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM_PRINTED),
				Printed.twin(EvaluationPackage.Literals.EVALUATION_COMMENT__ITEM), "not the section header printed above it");
		// a printed total is checked against the lines, never shown in their place
		assertEquals(Optional.empty(), Printed.twin(FinancePackage.Literals.BUDGET_TABLE__LINES));
		assertEquals(List.of(FinancePackage.Literals.BUDGET_TABLE__LINES), Printed.features(FinancePackage.Literals.BUDGET_TABLE__STATED_GRAND_TOTAL));
		assertEquals(Optional.empty(), Printed.twin(EvaluationPackage.Literals.EVALUATION__FISCAL_YEAR));
	}

	@Test
	void theWordsPrintedElseTheValueFormatted() {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setType(EvaluationType.FINAL);
		assertNull(Printed.of(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE));
		assertEquals("FINAL", Printed.or(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE, () -> evaluation.getType().getName()));
		evaluation.setTypePrinted("終了時評価");
		assertEquals("終了時評価", Printed.or(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE, () -> "unused"));
	}

	@Test
	void theSourceLineOfAFieldElseOfTheObject() {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		assertEquals(Optional.empty(), Printed.source(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE));
		SourceRef whole = source(10, null);
		SourceRef type = source(12, "type");
		evaluation.getSources().addAll(List.of(whole, type));
		assertSame(type, Printed.source(evaluation, EvaluationPackage.Literals.EVALUATION__TYPE).orElseThrow());
		assertSame(whole, Printed.source(evaluation, EvaluationPackage.Literals.EVALUATION__FISCAL_YEAR).orElseThrow());
	}

	@Test
	void aChangedValueTakesItsPrintedWordsWithItUntilUndone() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setType(EvaluationType.FINAL);
		evaluation.setTypePrinted("終了時評価");

		domain.getCommandStack().execute(SetCommand.create(domain, evaluation, EvaluationPackage.Literals.EVALUATION__TYPE, EvaluationType.FINAL));
		assertEquals("終了時評価", evaluation.getTypePrinted(), "the same type chosen again keeps the words");

		domain.getCommandStack().execute(SetCommand.create(domain, evaluation, EvaluationPackage.Literals.EVALUATION__TYPE, EvaluationType.INTERIM));
		assertEquals(EvaluationType.INTERIM, evaluation.getType());
		assertNull(evaluation.getTypePrinted(), "終了時評価 would be printed for an interim evaluation");
		domain.getCommandStack().undo();
		assertEquals(EvaluationType.FINAL, evaluation.getType());
		assertEquals("終了時評価", evaluation.getTypePrinted(), "one undo brings both back");

		domain.getCommandStack().execute(SetCommand.create(domain, evaluation, EvaluationPackage.Literals.EVALUATION__TYPE, SetCommand.UNSET_VALUE));
		assertFalse(evaluation.isSetType());
		assertNull(evaluation.getTypePrinted());
	}

	private static SourceRef source(int line, String feature) {
		SourceRef source = BaseFactory.eINSTANCE.createSourceRef();
		source.setLine(line);
		source.setFeature(feature);
		return source;
	}
}
