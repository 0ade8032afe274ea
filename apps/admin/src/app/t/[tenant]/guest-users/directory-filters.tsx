import {
  GUEST_DIRECTORY_SORTS,
  GUEST_STATUS_LABELS,
  type TGuestDirectoryFilters,
} from "@guestlist/domain/guests/schemas";
import { inputClass } from "@/components/ui";

interface Choice {
  id: string;
  name: string;
}

/** A plain GET form: the URL holds the search, so it can be bookmarked, shared and paged. */
export function DirectoryFilters({
  filters,
  sort,
  flows,
  providers,
  attributes,
  errors,
}: {
  filters: TGuestDirectoryFilters;
  sort: string;
  flows: Choice[];
  providers: Choice[];
  attributes: string[];
  errors: Record<string, string>;
}) {
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      {errors[id] ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors[id]}
        </p>
      ) : null}
    </div>
  );
  const aria = (id: string) =>
    errors[id] ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
  return (
    <form
      method="get"
      role="search"
      aria-label="Guest users"
      className="mb-6 grid gap-4 md:grid-cols-4"
    >
      {field(
        "q",
        "Search",
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder="Email, or part of a name"
          className={inputClass}
          {...aria("q")}
        />,
      )}
      {field(
        "userFlowId",
        "User flow",
        <select
          id="userFlowId"
          name="userFlowId"
          defaultValue={filters.userFlowId ?? ""}
          className={inputClass}
        >
          <option value="">Any</option>
          {flows.map((flow) => (
            <option key={flow.id} value={flow.id}>
              {flow.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "identityProviderId",
        "Identity provider",
        <select
          id="identityProviderId"
          name="identityProviderId"
          defaultValue={filters.identityProviderId ?? ""}
          className={inputClass}
        >
          <option value="">Any</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "status",
        "State",
        <select
          id="status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={inputClass}
        >
          <option value="">Any</option>
          {Object.entries(GUEST_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>,
      )}
      {field(
        "createdFrom",
        "Signed up from",
        <input
          id="createdFrom"
          name="createdFrom"
          type="date"
          defaultValue={filters.createdFrom ?? ""}
          className={inputClass}
          {...aria("createdFrom")}
        />,
      )}
      {field(
        "createdTo",
        "Signed up until",
        <input
          id="createdTo"
          name="createdTo"
          type="date"
          defaultValue={filters.createdTo ?? ""}
          className={inputClass}
          {...aria("createdTo")}
        />,
      )}
      {field(
        "attribute",
        "Attribute",
        <select
          id="attribute"
          name="attribute"
          defaultValue={filters.attribute ?? ""}
          className={inputClass}
          {...aria("attribute")}
        >
          <option value="">None</option>
          {attributes.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "value",
        "Attribute value",
        <input
          id="value"
          name="value"
          defaultValue={filters.value ?? ""}
          className={inputClass}
          {...aria("value")}
        />,
      )}
      {field(
        "sort",
        "Sort by",
        <select id="sort" name="sort" defaultValue={sort} className={inputClass}>
          {Object.entries(GUEST_DIRECTORY_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>,
      )}
      <div className="flex items-end gap-2 md:col-span-3">
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          Search
        </button>
        <a href="?" className="rounded-md border border-slate-400 px-4 py-2 text-sm">
          Clear
        </a>
      </div>
    </form>
  );
}
