"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Button, Card, EmptyState, inputClass } from "@/components/ui";
import type { ApiErrorBody } from "@/lib/errors/error-response";

interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetType: string | null;
  details: { before?: unknown; after?: unknown } | null;
}

export function AuditLog({ tenant }: { tenant: string }) {
  const [filter, setFilter] = useState("");
  const action = useDeferredValue(filter.trim());
  const query = useInfiniteQuery({
    queryKey: ["audit", tenant, action],
    initialPageParam: "",
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams({ action, before: pageParam });
      const response = await fetch(`/api/tenants/${tenant}/audit?${params}`);
      if (!response.ok)
        throw new Error(
          ((await response.json()) as Partial<ApiErrorBody>).error?.message ??
            "The audit log could not be loaded.",
        );
      return ((await response.json()) as { events: AuditEvent[] }).events;
    },
    getNextPageParam: (page) => (page.length === 50 ? page.at(-1)!.at : undefined),
  });
  const events = query.data?.pages.flat() ?? [];
  return (
    <Card>
      <div className="mb-4 max-w-sm">
        <label htmlFor="audit-filter" className="block text-sm font-medium">
          Filter by action
        </label>
        <input
          id="audit-filter"
          className={inputClass}
          placeholder="e.g. userFlow or attribute.created"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {query.isError ? (
        <p role="alert" className="text-red-700">
          {query.error.message}
        </p>
      ) : null}
      {query.isSuccess && events.length === 0 ? <EmptyState>No changes match.</EmptyState> : null}
      {events.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Changes, newest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                When
              </th>
              <th scope="col" className="py-2 pr-3">
                Who
              </th>
              <th scope="col" className="py-2 pr-3">
                What
              </th>
              <th scope="col" className="py-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  {new Date(event.at).toLocaleString()}
                </td>
                <td className="py-2 pr-3">{event.actor}</td>
                <td className="py-2 pr-3 font-mono text-xs">{event.action}</td>
                <td className="py-2">
                  <details>
                    <summary className="cursor-pointer text-blue-800">Before and after</summary>
                    <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                      {JSON.stringify(event.details, null, 2)}
                    </pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {query.hasNextPage ? (
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          Load older changes
        </Button>
      ) : null}
    </Card>
  );
}
