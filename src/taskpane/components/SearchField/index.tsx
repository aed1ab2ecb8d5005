import { Field } from "@fluentui/react-field";
import { Input } from "@fluentui/react-input";

/**
 * The search box over a long list (files, units with findings): each change of the text is a new
 * search, so the caller starts the list over from its first page.
 */
export function SearchField(props: {
  label: string;
  value: string;
  onSearch: (text: string) => void;
}) {
  return (
    <Field label={props.label}>
      <Input type="search" value={props.value} onChange={(_, d) => props.onSearch(d.value)} />
    </Field>
  );
}
