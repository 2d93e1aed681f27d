/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved retrieval of coded segments: the codings whose code is one of 'codes' (or below one, with 'subcodes'), in one of 'documents' or of the documents of 'groups', by one of 'coders'. An empty list does not restrict.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.SegmentSet#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.SegmentSet#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.sameboat.model.SegmentSet#isSubcodes <em>Subcodes</em>}</li>
 *   <li>{@link org.sameboat.model.SegmentSet#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sameboat.model.SegmentSet#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sameboat.model.SegmentSet#getCoders <em>Coders</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getSegmentSet()
 * @model
 * @generated
 */
public interface SegmentSet extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.SegmentSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' reference list.
	 * The list contents are of type {@link org.sameboat.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' reference list.
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Codes()
	 * @model
	 * @generated
	 */
	EList<Code> getCodes();

	/**
	 * Returns the value of the '<em><b>Subcodes</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subcodes</em>' attribute.
	 * @see #setSubcodes(boolean)
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Subcodes()
	 * @model default="true"
	 * @generated
	 */
	boolean isSubcodes();

	/**
	 * Sets the value of the '{@link org.sameboat.model.SegmentSet#isSubcodes <em>Subcodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subcodes</em>' attribute.
	 * @see #isSubcodes()
	 * @generated
	 */
	void setSubcodes(boolean value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' reference list.
	 * The list contents are of type {@link org.sameboat.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' reference list.
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Documents()
	 * @model
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link org.sameboat.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Groups()
	 * @model
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Coders</b></em>' reference list.
	 * The list contents are of type {@link org.sameboat.model.Coder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coders</em>' reference list.
	 * @see org.sameboat.model.SameboatPackage#getSegmentSet_Coders()
	 * @model
	 * @generated
	 */
	EList<Coder> getCoders();

} // SegmentSet
