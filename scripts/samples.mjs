// The values a reader sees in the kit's sentences when the scripts render them (the review
// sheets, the right-to-left check): a sample for every placeholder any family has.
export const SAMPLES = {
  userName: 'Avery Chen',
  clientName: 'Contoso Phone',
  productName: 'Contoso Phone',
  applicationName: 'Contoso Whiteboard',
  errorId: '1008',
  code: '550',
  count: '3',
  summary: 'Avery Chen is in another call.',
  label: 'Error',
  key: 'F8',
};
