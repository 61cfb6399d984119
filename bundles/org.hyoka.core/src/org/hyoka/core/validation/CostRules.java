package org.hyoka.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

import org.hyoka.core.rules.Findings;
import org.hyoka.model.base.BasePackage;
import org.hyoka.model.base.Money;
import org.hyoka.model.base.MoneyUnit;
import org.hyoka.model.printed.Printed;
import org.hyoka.model.results.CalcFactor;
import org.hyoka.model.results.Calculation;

/**
 * Rules on the calculations of cost-effectiveness claims (試算): the product of the printed factors must give the
 * printed result, to the digits the result is printed with (「約 80億円」 for 13億円 × 6年 is right, 1.04兆円 for
 * 248億円 × 50 is not).
 */
final class CostRules {

	private static final String COST_CALCULATION = "HY-BU-11"; //$NON-NLS-1$

	/** Units a factor can carry that make the product an amount of money, in that currency's smallest unit. */
	private static final Map<String, MoneyUnit> PRINTED_UNITS = Map.of("円", MoneyUnit.YEN, "万円", MoneyUnit.MAN_YEN, //$NON-NLS-1$ //$NON-NLS-2$
			"百万円", MoneyUnit.HYAKUMAN_YEN, "億円", MoneyUnit.OKU_YEN, "兆円", MoneyUnit.CHO_YEN, "ドル", MoneyUnit.DOLLAR, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"万ドル", MoneyUnit.MAN_DOLLAR, "億ドル", MoneyUnit.OKU_DOLLAR); //$NON-NLS-1$ //$NON-NLS-2$

	private CostRules() {
	}

	static void check(Calculation calculation, Findings findings) {
		Money stated = calculation.getStatedResult();
		if (stated == null || stated.getAmount() == null || calculation.getFactors().isEmpty()) {
			return;
		}
		BigDecimal product = BigDecimal.ONE;
		MoneyUnit unit = null;
		for (CalcFactor factor : calculation.getFactors()) {
			MoneyUnit factorUnit = factor.getUnit() == null ? null : PRINTED_UNITS.get(factor.getUnit().strip());
			if (factor.getValue() == null || factorUnit != null && unit != null) {
				return; // a factor without a value, or amounts multiplied by amounts: nothing this rule can check
			}
			product = product.multiply(factor.getValue());
			unit = factorUnit != null ? factorUnit : unit;
		}
		if (unit == null || dollars(unit) != dollars(stated.getUnit())) {
			return; // the factors' units (g/y, $/g, ¥/$ …) do not say which amount their product is
		}
		BigDecimal computed = product.scaleByPowerOfTen(exponent(unit) - exponent(stated.getUnit()));
		BigDecimal printed = stated.getAmount();
		// printed digits count, but not the zeros ending a whole number (約8,400億円 is two digits)
		int digits = printed.scale() > 0 ? printed.precision() : printed.stripTrailingZeros().precision();
		if (computed.round(new MathContext(digits, RoundingMode.HALF_UP)).compareTo(printed) != 0) {
			String shown = BudgetRules.plain(computed.round(new MathContext(digits + 2, RoundingMode.HALF_UP)).stripTrailingZeros());
			findings.report(COST_CALCULATION, calculation, shown, printedUnit(stated.getUnit()),
					Printed.or(stated, BasePackage.Literals.MONEY__AMOUNT, () -> BudgetRules.plain(printed) + printedUnit(stated.getUnit())),
					SourceLines.of(calculation));
		}
	}

	private static boolean dollars(MoneyUnit unit) {
		return unit == MoneyUnit.DOLLAR || unit == MoneyUnit.MAN_DOLLAR || unit == MoneyUnit.OKU_DOLLAR;
	}

	private static int exponent(MoneyUnit unit) {
		return switch (unit) {
		case YEN, DOLLAR -> 0;
		case MAN_YEN, MAN_DOLLAR -> 4;
		case HYAKUMAN_YEN -> 6;
		case OKU_YEN, OKU_DOLLAR -> 8;
		case CHO_YEN -> 12;
		};
	}

	/** The unit as reports print it (億円). */
	static String printedUnit(MoneyUnit unit) {
		return PRINTED_UNITS.entrySet().stream().filter(entry -> entry.getValue() == unit).map(Map.Entry::getKey).findFirst()
				.orElse(unit.getName());
	}
}
