import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/returns-portal.js';
import type { ReturnsPortal } from '../../../src/returns-portal.js';
import { clone, initialiseReturnActivity, stepFixtures } from '../../protocol/fixtures.js';
import { FakeFlow } from '../../support/fake-flow.js';
import { button, choose, control, pick, root, scopeOf } from '../../support/portal-driver.js';

/** A real PNG of `width` × `height`, as a shopper's camera would hand it over. */
async function photo(width: number, height: number, name = 'sole.png'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c33';
  context.fillRect(0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** A portal on product_selection with the shoes picked for a reason that asks for photos. */
async function portalAskingForPhotos(flow: FakeFlow) {
  const portal = await fixture<ReturnsPortal>(
    html`<returns-portal locale="en-GB" .flowClient=${flow}></returns-portal>`,
  );
  const shown = oneEvent(portal, 'returns-step');
  void portal.start(clone(initialiseReturnActivity));
  (await flow.next(1)).answer(clone(stepFixtures.product_selection));
  await shown;
  const shoes = scopeOf(portal, 'Trail Runner 2');
  await pick(portal, shoes, 'Trail Runner 2');
  await choose(portal, shoes, 'Reason for return', 'Faulty or damaged');
  await choose(portal, shoes, 'Specific reason', 'Sole coming apart');
  return { portal, shoes };
}

async function addPhotos(portal: ReturnsPortal, shoes: HTMLElement, files: File[]) {
  const input = control(shoes, 'Add photos');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await elementUpdated(portal);
}

const attachments = (portal: ReturnsPortal) => portal.draft.selected_products?.[0]?.attachments;

describe('<returns-portal> photos (D12)', () => {
  // The portal keeps drafts per order in sessionStorage (D20): every test starts without one.
  beforeEach(() => sessionStorage.clear());

  it('uploads a downscaled JPEG through flowClient.upload and attaches its URL', async () => {
    const flow = new FakeFlow();
    const uploaded: Blob[] = [];
    flow.upload = async (file) => {
      uploaded.push(file);
      return `https://uploads.example/${uploaded.length}.jpg`;
    };
    const { portal, shoes } = await portalAskingForPhotos(flow);
    await addPhotos(portal, shoes, [await photo(3200, 1200)]);
    await waitUntil(() => attachments(portal)?.length === 1, 'the upload finishes');
    expect(attachments(portal)).to.deep.equal(['https://uploads.example/1.jpg']);
    expect(uploaded[0].type).to.equal('image/jpeg');
    const bitmap = await createImageBitmap(uploaded[0]);
    expect([bitmap.width, bitmap.height], 'longest side 1600 px').to.deep.equal([1600, 600]);
  });

  it('without upload, sends the photo as a data:image/jpeg URL', async () => {
    const { portal, shoes } = await portalAskingForPhotos(new FakeFlow());
    await addPhotos(portal, shoes, [await photo(40, 30)]);
    await waitUntil(() => attachments(portal)?.length === 1);
    expect(attachments(portal)![0]).to.match(/^data:image\/jpeg;base64,/);
  });

  it('a failed upload shows its own retry, keeps it out of the answers, and confirm waits', async () => {
    const flow = new FakeFlow();
    let fail = true;
    flow.upload = async () => {
      if (fail) throw new Error('offline');
      return 'https://uploads.example/ok.jpg';
    };
    const { portal, shoes } = await portalAskingForPhotos(flow);
    await addPhotos(portal, shoes, [await photo(40, 30)]);
    await waitUntil(() => root(portal).textContent!.includes('Upload failed'), 'the failure shows');
    expect(attachments(portal)).to.equal(undefined);
    expect(root(portal).querySelector('#confirm-button')!.getAttribute('aria-disabled')).to.equal('true');
    fail = false;
    button(portal, 'Retry').click();
    await waitUntil(() => attachments(portal)?.length === 1, 'the retry succeeds');
    expect(attachments(portal)).to.deep.equal(['https://uploads.example/ok.jpg']);
  });

  it('removing a photo removes its URL; at most five per product', async () => {
    const flow = new FakeFlow();
    let n = 0;
    flow.upload = async () => `https://uploads.example/${++n}.jpg`;
    const { portal, shoes } = await portalAskingForPhotos(flow);
    const files = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => photo(20, 20, `p${i}.png`)));
    await addPhotos(portal, shoes, files);
    await waitUntil(() => attachments(portal)?.length === 5, 'five uploads finish');
    expect(n, 'the sixth photo is not taken').to.equal(5);
    button(portal, 'Remove photo 1 of 5').click();
    await elementUpdated(portal);
    expect(attachments(portal)).to.have.length(4);
    expect(attachments(portal)).not.to.include('https://uploads.example/1.jpg');
  });
});
