package org.hyoka.samples.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.IParameterValues;
import org.hyoka.samples.Sample;
import org.hyoka.samples.SampleEvaluations;

/** The samples by name, so that key bindings and the command framework can offer the parameter's values. */
public class SampleParameterValues implements IParameterValues {

	@Override
	public Map<String, String> getParameterValues() {
		Map<String, String> values = new LinkedHashMap<>();
		for (Sample sample : SampleEvaluations.all()) {
			values.put(sample.name(), sample.id());
		}
		return values;
	}
}
