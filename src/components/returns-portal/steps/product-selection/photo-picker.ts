/**
 * The photos a sub-reason asks for (DECISIONS.md D12): thumbnails with their upload status, a
 * Retry for failed ones, a Remove for each, and a file input styled as a button — hidden once the
 * product has the maximum number of photos. Pure render: every change goes through the callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Localizer } from '../../../../i18n/localizer.js';
import { renderImage } from '../../../../internal/images.js';
import { maxPhotosPerProduct } from '../../journey/photos.js';
import type { PhotoView } from '../step-view.js';
import { errorIdOf, photoButtonId } from './model.js';

export interface PhotoPickerOptions {
  /** The id of the file input (the field to focus when a photo is missing). */
  readonly id: string;
  /** The id of the hint text. */
  readonly hintId: string;
  readonly photos: readonly PhotoView[];
  /** Attachments from an earlier session without a thumbnail here. */
  readonly earlier: number;
  /** The error to show (photos are required and none is finished), or `undefined`. */
  readonly error: string | undefined;
  readonly l: Localizer;
  add(files: File[]): void;
  remove(key: string): void;
  retry(key: string): void;
}

export function renderPhotoPicker(options: PhotoPickerOptions): TemplateResult {
  const { id, hintId, photos, earlier, error, l } = options;
  const full = photos.length >= maxPhotosPerProduct;
  const errorId = errorIdOf(id);
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length > 0) options.add(files);
    // Cleared so that picking the same file again (after removing it) still fires `change`.
    input.value = '';
  };
  return html`<fieldset class="ps-photos field" aria-describedby=${ifDefined(error ? errorId : undefined)}>
    <legend class="field-label">${l.t('selectionPhotos')}</legend>
    <p class="field-hint" id=${hintId}>
      ${
        full
          ? l.t('selectionPhotosFull', { count: maxPhotosPerProduct })
          : l.t('selectionPhotosHint', { count: maxPhotosPerProduct })
      }
    </p>
    <ul class="ps-photo-list" aria-live="polite">
      ${repeat(
        photos,
        (photo) => photo.key,
        (photo, index) => renderPhoto(photo, index, photos.length, options),
      )}
    </ul>
    ${earlier > 0 ? html`<p class="muted">${l.t('selectionPhotosEarlier', { count: earlier })}</p>` : nothing}
    ${
      full
        ? nothing
        : html`<div class="ps-photo-add">
            <input
              type="file"
              class="ps-file visually-hidden"
              id=${id}
              accept="image/*"
              multiple
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${hintId} ${errorId}` : hintId}
              @change=${onChange}
            />
            <label class="secondary ps-file-button" for=${id}>
              <span class="ps-plus" aria-hidden="true"></span>${l.t('selectionAddPhotos')}
            </label>
          </div>`
    }
    ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
  </fieldset>`;
}

function renderPhoto(photo: PhotoView, index: number, count: number, options: PhotoPickerOptions): TemplateResult {
  const { l } = options;
  const position = { index: index + 1, count };
  const status =
    photo.status === 'uploading'
      ? l.t('selectionPhotoUploading')
      : photo.status === 'failed'
        ? l.t('selectionPhotoFailed')
        : l.t('selectionPhotoDone');
  return html`<li class="ps-photo" data-status=${photo.status}>
    ${renderImage(photo.previewUrl, l.t('selectionPhoto', position), l)}
    <span class="ps-photo-state">
      <span class="ps-photo-status">
        ${photo.status === 'uploading' ? html`<span class="spinner small" aria-hidden="true"></span>` : nothing}
        <span>${status}</span>
      </span>
      ${
        photo.status === 'failed'
          ? html`<button
              type="button"
              class="secondary ps-photo-retry"
              id=${photoButtonId(options.id, photo.key, 'retry')}
              aria-label=${l.t('selectionPhotoRetryLabel', position)}
              @click=${() => options.retry(photo.key)}
            >
              ${l.t('selectionPhotoRetry')}
            </button>`
          : nothing
      }
    </span>
    <button
      type="button"
      class="icon-button ps-photo-remove"
      id=${photoButtonId(options.id, photo.key, 'remove')}
      aria-label=${l.t('selectionPhotoRemoveLabel', position)}
      @click=${() => options.remove(photo.key)}
    >
      <span aria-hidden="true">×</span>
    </button>
  </li>`;
}
