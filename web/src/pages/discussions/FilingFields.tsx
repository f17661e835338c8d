import { CategoriesQuery } from "../../api/discussions";
import { useListQuery } from "../../api/query";
import { SelectField, TextField } from "../../components/Field";
import { useT } from "../../i18n";

/**
 * Where a topic is filed: its category (offered when the group has categories) and
 * its tags, typed separated by commas. For starting and for editing a topic.
 */
export function FilingFields({
  groupId,
  categoryId,
  onCategoryChange,
  tags,
  onTagsChange,
  errors,
}: {
  groupId: string;
  categoryId: string;
  onCategoryChange: (id: string) => void;
  tags: string;
  onTagsChange: (tags: string) => void;
  errors: { categoryId?: string | undefined; tags?: string | undefined };
}) {
  const t = useT();
  const categoryList =
    useListQuery(CategoriesQuery, { groupId }, (data) => data.categories).items ?? [];
  return (
    <>
      {categoryList.length > 0 && (
        <SelectField
          label={t.discussions.category}
          name="categoryId"
          value={categoryId}
          onChange={onCategoryChange}
          error={errors.categoryId}
          options={[
            { value: "", label: t.discussions.noCategory },
            ...categoryList.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <TextField
        label={t.discussions.tags}
        name="tags"
        value={tags}
        onChange={onTagsChange}
        hint={t.discussions.tagsHint}
        error={errors.tags}
      />
    </>
  );
}
