"use client";

import { useRouter } from "next/navigation";

export function TenantSwitcher({
  current,
  tenants,
}: {
  current: string;
  tenants: { slug: string; name: string }[];
}) {
  const router = useRouter();
  return (
    <div>
      <label htmlFor="tenant-switcher" className="block text-xs font-medium text-slate-600">
        Tenant
      </label>
      <select
        id="tenant-switcher"
        value={current}
        onChange={(event) =>
          router.push(event.target.value === "" ? "/" : `/t/${event.target.value}`)
        }
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
      >
        {tenants.map((tenant) => (
          <option key={tenant.slug} value={tenant.slug}>
            {tenant.name}
          </option>
        ))}
        <option value="">All tenants…</option>
      </select>
    </div>
  );
}
