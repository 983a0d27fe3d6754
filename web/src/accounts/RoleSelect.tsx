import { Select } from '../shared/formParts.js';
import { ROLE_CHOICES, type RoleName } from './accountChange.js';

/** The role list, each role with what it may do; a value not in the list falls back to `fallback`. */
export function RoleSelect(props: {
  id: string;
  value: RoleName;
  fallback: RoleName;
  onChange: (role: RoleName) => void;
  error: string | undefined;
}) {
  const { id, value, fallback, onChange, error } = props;
  return (
    <Select
      id={id}
      label="Role"
      value={value}
      onChange={(chosen) => {
        onChange(ROLE_CHOICES.find((r) => r.value === chosen)?.value ?? fallback);
      }}
      error={error}
    >
      {ROLE_CHOICES.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}: {choice.hint.toLowerCase()}
        </option>
      ))}
    </Select>
  );
}
